-- opgave-language-server in Neovim 0.7: one client per portfolio, shared by all its buffers.
vim.cmd('autocmd BufRead,BufNewFile *.opgave setfiletype opgave')

-- The portfolio of a file: the nearest folder upwards with opgave.config.json; without one,
-- the nearest folder upwards with .git; without that too, the file's own folder.
local function opgave_root(bestand)
  local begin = vim.fn.fnamemodify(bestand, ':p:h')
  for _, merkteken in ipairs({ 'opgave.config.json', '.git' }) do
    local map = begin
    while true do
      if vim.loop.fs_stat(map .. '/' .. merkteken) then return map end
      local boven = vim.fn.fnamemodify(map, ':h')
      if boven == map then break end
      map = boven
    end
  end
  return begin
end

local opgave_clients = {} -- portfolio folder -> client id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'opgave',
  callback = function(args)
    local root = opgave_root(vim.api.nvim_buf_get_name(args.buf))
    local id = opgave_clients[root]
    -- A client still initializing is not among get_active_clients(), but get_client_by_id finds it.
    local client = id and vim.lsp.get_client_by_id(id)
    if not client or client.is_stopped() then
      id = vim.lsp.start_client({ name = 'opgave', cmd = { 'opgave-language-server', '--stdio' }, root_dir = root })
      opgave_clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
