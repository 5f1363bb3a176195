;; A major mode for .opgave files: comments, strings and names; the rest comes from the server.
(defvar opgave-mode-syntax-table
  (let ((tabel (make-syntax-table prog-mode-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" tabel)
    (modify-syntax-entry ?* ". 23" tabel)
    (modify-syntax-entry ?\n "> b" tabel)
    (modify-syntax-entry ?- "_" tabel)
    tabel)
  "Syntax of .opgave files: // and /* */ comments, names with dashes.")
(define-derived-mode opgave-mode prog-mode "Opgave"
  "Major mode for opgave portfolio files."
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 4))
(add-to-list 'auto-mode-alist '("\\.opgave\\'" . opgave-mode))

;; The portfolio is the nearest folder upwards with opgave.config.json (else project.el's own
;; choice: the git repository, or outside git the file's folder).
(defun opgave-project (map)
  (let ((root (locate-dominating-file map "opgave.config.json")))
    (and root (cons 'transient (expand-file-name root)))))
(add-hook 'project-find-functions #'opgave-project)

(require 'eglot)
(add-to-list 'eglot-server-programs '(opgave-mode "opgave-language-server" "--stdio"))
(add-hook 'opgave-mode-hook #'eglot-ensure)
