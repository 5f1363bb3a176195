;;; check.el --- opens the files given after --, waits for eglot's flymake diagnostics, prints JSON  -*- lexical-binding: t -*-
;; Usage: emacs --batch -l opgave.el -l check.el -- FILE...
;; Prints one JSON line {ok, servers, buffers: [{naam, project, diagnostics: [{line, col, type, text}]}]}
;; and exits with 0, or 1 when no diagnostics arrived in time.
(require 'json)
(require 'flymake)

(defun opgave-test-wacht (klaar seconden)
  "Run the event loop until KLAAR returns non-nil or SECONDEN pass; return KLAAR's last value.
Batch mode has no command loop and no redisplay, so this runs the hooks eglot and flymake wait
for in their place: `post-command-hook' (eglot-ensure connects there) and, in the current
buffer, `window-configuration-change-hook' (flymake starts there once the buffer is shown)."
  (let ((einde (+ (float-time) seconden)) (uit nil))
    (while (and (not (setq uit (funcall klaar))) (< (float-time) einde))
      (run-hooks 'post-command-hook 'window-configuration-change-hook)
      (accept-process-output nil 0.1))
    uit))

(defun opgave-test-diagnostics (buf)
  "The flymake diagnostics of BUF as alists (line and column 1-based)."
  (with-current-buffer buf
    (mapcar (lambda (d)
              (let ((beg (flymake-diagnostic-beg d)))
                `((line . ,(line-number-at-pos beg))
                  (col . ,(save-excursion (goto-char beg) (1+ (current-column))))
                  (type . ,(symbol-name (flymake-diagnostic-type d)))
                  (text . ,(flymake-diagnostic-text d)))))
            (flymake-diagnostics))))

(let* ((bestanden (cdr (member "--" command-line-args)))
       (buffers (mapcar (lambda (f) (let ((b (find-file-noselect f))) (switch-to-buffer b) b)) bestanden))
       (totaal (lambda () (apply #'+ (mapcar (lambda (b) (length (opgave-test-diagnostics b))) buffers))))
       (ok (opgave-test-wacht (lambda () (> (funcall totaal) 0)) 40)))
  (when ok
    ;; Flymake starts only in a buffer that is shown: show each in turn, and let later
    ;; publications settle (the total stays the same for 1.5 s).
    (dolist (b buffers)
      (switch-to-buffer b)
      (let ((vorige -1) (sinds (float-time)))
        (opgave-test-wacht (lambda ()
                             (let ((n (funcall totaal)))
                               (unless (= n vorige) (setq vorige n sinds (float-time)))
                               (> (- (float-time) sinds) 1.5)))
                           15))))
  (princ (json-encode
          `((ok . ,(if ok t :json-false))
            (servers . ,(length (hash-table-values eglot--servers-by-project)))
            (buffers . ,(vconcat
                         (mapcar (lambda (b)
                                   (with-current-buffer b
                                     `((naam . ,(buffer-file-name))
                                       (project . ,(let ((s (eglot-current-server))) (and s (project-root (eglot--project s)))))
                                       (diagnostics . ,(vconcat (opgave-test-diagnostics b))))))
                                 buffers))))))
  (terpri)
  (kill-emacs (if ok 0 1)))
