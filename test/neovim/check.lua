-- Waits for the buffer's diagnostics (and a quiet period, so the whole portfolio check has
-- arrived), then prints them as one JSON line and quits (exit code 1 on timeout).
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
if ok then
  -- Let later publications settle: wait until the count stays the same for 1 s.
  local n, stabiel = -1, 0
  vim.wait(10000, function()
    local m = #vim.diagnostic.get(0)
    if m == n then stabiel = stabiel + 1 else stabiel = 0; n = m end
    return stabiel >= 10
  end, 100)
end
local out = { ok = ok, clients = #vim.lsp.get_active_clients(), diagnostics = {} }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
  table.insert(out.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, source = d.source, code = code,
  })
end
io.stdout:write(vim.fn.json_encode(out) .. '\n')
vim.cmd(ok and 'qa!' or 'cq!')
