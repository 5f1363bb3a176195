-- Minimal Neovim (0.7+) configuration that starts opgave-language-server over stdio for .opgave
-- files. 0.7 has no vim.lsp.start: use start_client + buf_attach_client in a FileType autocmd.
-- Environment: OPGAVE_SERVER = path of dist/server.cjs, OPGAVE_ROOT = portfolio folder.
vim.cmd('autocmd BufRead,BufNewFile *.opgave setfiletype opgave')
local server = vim.env.OPGAVE_SERVER or 'dist/server.cjs'
local root = vim.env.OPGAVE_ROOT or vim.fn.getcwd()
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'opgave',
  callback = function(args)
    local id = vim.lsp.start_client({
      name = 'opgave',
      cmd = { 'node', server, '--stdio' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'portfolio' } },
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
