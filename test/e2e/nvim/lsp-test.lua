-- Neovim, headless, with its built-in LSP client and the project's language server over stdio.
-- Works on Debian bookworm's Neovim 0.7.2: vim.lsp.start_client + buf_attach_client (vim.lsp.start
-- arrived in 0.8). Adapted from the real-editor recipe (../shared/real-editor/nvim/lsp-test.lua).
--
-- Usage (scripts/e2e/run.sh does this from a fresh copy of the samples):
--   ICS_SERVER=dist/server.js ICS_RULE=schema ICS_FIX_TITLE='Change to `chair`' \
--   ICS_LINE_BEFORE='role: chiar' ICS_LINE_AFTER='role: chair' \
--     nvim --headless -u test/e2e/nvim/lsp-test.lua -i NONE -n samples/flawed/typo-in-role.yaml
-- Checks: the server's diagnostics arrive (with rule ids as codes); the rule's quick fix is offered
-- for its diagnostic and applied as a WorkspaceEdit; the server re-publishes without that finding.
-- Exits 0 on success, 1 on failure (`cquit 1`).
local server = assert(os.getenv('ICS_SERVER'), 'set ICS_SERVER')
local rule = assert(os.getenv('ICS_RULE'), 'set ICS_RULE')
local fix_title = assert(os.getenv('ICS_FIX_TITLE'), 'set ICS_FIX_TITLE')
local line_before = assert(os.getenv('ICS_LINE_BEFORE'), 'set ICS_LINE_BEFORE')
local line_after = assert(os.getenv('ICS_LINE_AFTER'), 'set ICS_LINE_AFTER')
local node = os.getenv('NODE_BIN') or 'node'
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '30000')

local function out(s) io.stdout:write(s .. '\n') io.stdout:flush() end
local function finish(ok, msg)
  out((ok and 'PASS: ' or 'FAIL: ') .. msg)
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = 'ics-check',
      cmd = { node, server, '--stdio' },
      root_dir = vim.fn.getcwd(),
      -- answers the server's workspace/configuration requests for the `icsCheck` section
      settings = { icsCheck = { profile = 'recommended' } },
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

local function ours(buf)
  local ns = vim.lsp.diagnostic.get_namespace(client_id)
  return vim.diagnostic.get(buf, { namespace = ns })
end
local function code_of(d) return d.user_data and d.user_data.lsp and d.user_data.lsp.code end
local function show(diags)
  for _, d in ipairs(diags) do
    out(string.format('  %d:%d [%s] %s: %s', d.lnum + 1, d.col + 1,
      vim.diagnostic.severity[d.severity], tostring(code_of(d)), d.message))
  end
end

local function run()
  local t0 = vim.loop.hrtime()
  local ms = function() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
  local buf = vim.api.nvim_get_current_buf()
  local v = vim.version()
  out('nvim ' .. v.major .. '.' .. v.minor .. '.' .. v.patch .. ', filetype=' .. vim.bo[buf].filetype)
  if not client_id then return finish(false, 'no client started (filetype not yaml?)') end

  -- the line the fix is for
  local target
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find(line_before, 1, true) then target = i - 1 break end
  end
  if not target then return finish(false, 'no line containing "' .. line_before .. '" in the sample') end

  -- 1. diagnostics pushed by the server, one of them the rule's on that line
  local function on_target()
    for _, d in ipairs(ours(buf)) do if code_of(d) == rule and d.lnum == target then return d end end
  end
  if not vim.wait(timeout, function() return on_target() ~= nil end, 50) then
    show(ours(buf))
    return finish(false, 'no ' .. rule .. ' diagnostic on line ' .. (target + 1) .. ' within ' .. timeout .. ' ms')
  end
  local diags = ours(buf)
  out('diagnostics after ' .. ms() .. ' ms:')
  show(diags)
  for _, d in ipairs(diags) do
    if d.source ~= 'ics-check' then return finish(false, 'diagnostic without source ics-check: ' .. d.message) end
  end
  local before = #diags
  local d = on_target()

  -- 2. code actions on that line, asked for the way 0.7's vim.lsp.buf.code_action() asks: the
  -- cursor on the finding, context.diagnostics from vim.lsp.diagnostic.get_line_diagnostics()
  -- (which hands back code, source and the server's `data`, where the fixes travel)
  vim.api.nvim_win_set_cursor(0, { target + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, target, {}, client_id) }
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
  local actions = {}
  for _, r in pairs(res or {}) do for _, a in ipairs(r.result or {}) do table.insert(actions, a) end end
  out('code actions: ' .. table.concat(vim.tbl_map(function(a) return a.title end, actions), ' | '))
  local fix
  for _, a in ipairs(actions) do if a.title == fix_title then fix = a end end
  if not fix then return finish(false, 'quick fix "' .. fix_title .. '" not offered') end
  if not fix.edit then
    -- a server may leave the edit to codeAction/resolve
    local r = vim.lsp.buf_request_sync(buf, 'codeAction/resolve', fix, timeout)
    for _, x in pairs(r or {}) do if x.result and x.result.edit then fix = x.result end end
  end
  if not fix.edit then return finish(false, 'quick fix has no edit') end

  -- 3. apply it; Neovim sends didChange and the server re-validates
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  local line = vim.api.nvim_buf_get_lines(buf, target, target + 1, false)[1]
  out('line ' .. (target + 1) .. ' after the fix: ' .. line)
  if not line:find(line_after, 1, true) then return finish(false, 'edit not applied') end
  if not vim.wait(timeout, function() return on_target() == nil end, 50) then
    show(ours(buf))
    return finish(false, 'the ' .. rule .. ' diagnostic did not go after the fix')
  end
  diags = ours(buf)
  out('diagnostics after the fix (' .. ms() .. ' ms): ' .. #diags .. ' (before: ' .. before .. ')')
  show(diags)
  if #diags >= before then return finish(false, 'the number of diagnostics did not drop') end
  finish(true, 'diagnostics, code action, edit applied, diagnostics re-published in ' .. ms() .. ' ms')
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(run) end })
