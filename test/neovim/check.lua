-- Run inside headless Neovim after the .opgave files are opened (one window each). Waits for
-- their diagnostics (and a quiet period, so the whole portfolio check has arrived). When
-- OPGAVE_OUD and OPGAVE_NIEUW are set, it then renames OPGAVE_OUD to OPGAVE_NIEUW with
-- vim.lsp.buf.rename from the first buffer that mentions it, waits for the diagnostics again and
-- writes every buffer (so the command line can check the renamed files). Prints one JSON line
-- and quits (exit code 1 when something timed out).
local oud, nieuw = vim.env.OPGAVE_OUD, vim.env.OPGAVE_NIEUW

-- Every publishDiagnostics notification, from any client, counts as activity.
local publicaties = 0
local doorgeven = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(...)
  publicaties = publicaties + 1
  return doorgeven(...)
end

local function nu() return vim.loop.hrtime() / 1e6 end

local function opgave_buffers()
  local uit = {}
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(b) and vim.bo[b].filetype == 'opgave' then table.insert(uit, b) end
  end
  return uit
end

local function totaal()
  local n, sleutel = 0, ''
  for _, b in ipairs(opgave_buffers()) do
    local m = #vim.diagnostic.get(b)
    n, sleutel = n + m, sleutel .. b .. '=' .. m .. ' '
  end
  return n, sleutel
end

-- Waits until neither a publication arrived nor any buffer's diagnostic count changed for ms.
local function rustig(ms)
  local vorige, sinds = nil, nu()
  return vim.wait(20000, function()
    local _, sleutel = totaal()
    sleutel = publicaties .. ' ' .. sleutel
    if sleutel ~= vorige then vorige, sinds = sleutel, nu() end
    return nu() - sinds >= ms
  end, 50)
end

local function diagnostics(b)
  local lijst = {}
  for _, d in ipairs(vim.diagnostic.get(b)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    table.insert(lijst, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = code,
    })
  end
  return lijst
end

-- How often a name occurs as a whole name (not part of a longer one) in a buffer.
local function hoe_vaak(b, naam)
  local n = 0
  for _, regel in ipairs(vim.api.nvim_buf_get_lines(b, 0, -1, false)) do
    local i = 1
    while true do
      local s, e = regel:find(naam, i, true)
      if not s then break end
      local voor, na = regel:sub(s - 1, s - 1), regel:sub(e + 1, e + 1)
      if not voor:match('[%w_-]') and not na:match('[%w_-]') then n = n + 1 end
      i = e + 1
    end
  end
  return n
end

local ok = vim.wait(20000, function() return totaal() > 0 end, 100) and rustig(1500)
local out = { ok = ok, buffers = {} }
for _, b in ipairs(opgave_buffers()) do
  local ids = {}
  for id, _ in pairs(vim.lsp.buf_get_clients(b)) do table.insert(ids, id) end
  out.buffers[tostring(b)] = { naam = vim.api.nvim_buf_get_name(b), clients = ids, voor = diagnostics(b) }
end

if ok and oud and nieuw then
  -- Put the cursor on the first mention of the old name and rename as a user would.
  local gevonden = false
  for _, b in ipairs(opgave_buffers()) do
    for lnum, regel in ipairs(vim.api.nvim_buf_get_lines(b, 0, -1, false)) do
      local s = regel:find(oud, 1, true)
      if s and not gevonden then
        vim.api.nvim_set_current_win(vim.fn.bufwinid(b))
        vim.api.nvim_win_set_cursor(0, { lnum, s - 1 })
        gevonden = true
      end
    end
  end
  local voor = publicaties
  vim.lsp.buf.rename(nieuw)
  out.hernoemd = gevonden and vim.wait(10000, function()
    for _, b in ipairs(opgave_buffers()) do
      if hoe_vaak(b, oud) > 0 then return false end
    end
    return true
  end, 50)
  -- The server answers the edit with new diagnostics: wait for them to arrive and settle.
  ok = out.hernoemd and vim.wait(20000, function() return publicaties > voor end, 50) and rustig(1500)
  for _, b in ipairs(opgave_buffers()) do
    local rij = out.buffers[tostring(b)] or { naam = vim.api.nvim_buf_get_name(b) }
    rij.na, rij.oud, rij.nieuw = diagnostics(b), hoe_vaak(b, oud), hoe_vaak(b, nieuw)
    out.buffers[tostring(b)] = rij
  end
  vim.cmd('silent! wall')
  out.ok = ok
end
out.clients = #vim.lsp.get_active_clients()
io.stdout:write(vim.fn.json_encode(out) .. '\n')
vim.cmd(out.ok and 'qa!' or 'cq!')
