-- Headless Neovim 0.7 as an LSP client of the built server (push diagnostics only).
-- Opens each file, records the diagnostics it is sent and the document symbols it gets,
-- and writes them as JSON for compare.ts.
-- Usage: SERVER=dist/server.js FILES="a.txt:b.txt" OUT=result.json nvim --headless --clean -u test/nvim/lsp-check.lua
local server, out = os.getenv('SERVER'), os.getenv('OUT') or 'nvim-result.json'
local files = vim.split(os.getenv('FILES') or '', ':', { plain = true, trimempty = true })

local function finish(code, result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local received = {}
local client_id = vim.lsp.start_client({
  name = 'ogi-report',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      received[result.uri] = result
    end,
  },
})
if not client_id then finish(3, { error = 'start_client failed' }) end

local function symbols_of(list)
  local out_list = {}
  for _, s in ipairs(list or {}) do
    table.insert(out_list, { name = s.name, detail = s.detail or vim.NIL, kind = s.kind, children = symbols_of(s.children) })
  end
  return out_list
end

local results = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'ogi-report'
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local ok = vim.wait(20000, function() return received[uri] ~= nil end, 20)
  if not ok then finish(1, { error = 'no publishDiagnostics for ' .. file .. ' within 20s' }) end
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, 10000) or {}
  local symbols = {}
  for _, r in pairs(resp) do symbols = symbols_of(r.result) end
  results[file] = {
    text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n') .. (vim.bo.eol and '\n' or ''),
    diagnostics = received[uri].diagnostics,
    symbols = symbols,
  }
end

vim.lsp.stop_client(client_id)
finish(0, { files = results })
