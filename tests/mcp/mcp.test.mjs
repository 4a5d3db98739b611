// Issue 18: soleflipper-mcp driven by the official MCP TypeScript SDK client, on a fixture database made by
// the CLI (demo data plus a real StockX sales report). The business tools must say what the CLI says.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const server = process.env.SF_MCP_SERVER;
const cli = process.env.SF_CLI;
const report = process.env.SF_STOCKX_REPORT;
assert.ok(server && cli && report, 'SF_MCP_SERVER, SF_CLI and SF_STOCKX_REPORT name the executables and fixture');

const env = { ...process.env, SOLEFLIPPER_LANG: 'en', QT_QPA_PLATFORM: 'offscreen' };
const dir = mkdtempSync(path.join(tmpdir(), 'soleflipper-mcp-'));
const database = path.join(dir, 'fixture.db');
let client;

const runCli = (...args) => execFileSync(cli, [...args, '--database', database], { env, encoding: 'utf8' });
const cliJson = (...args) => JSON.parse(runCli(...args, '--format', 'json'));
const today = new Date().toISOString().slice(0, 10);

async function call(name, args = {}) {
  const result = await client.callTool({ name, arguments: args });
  assert.equal(result.isError, false, `${name}: ${JSON.stringify(result.content)}`);
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent);
  return result.structuredContent;
}

before(async () => {
  runCli('demo', '--items', '300', '--seed', '7');
  runCli('import', report);
  client = new Client({ name: 'soleflipper-tests', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: server, args: ['--database', database], env, stderr: 'ignore' }));
});

after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('initialize names the server and its capabilities', () => {
  assert.equal(client.getServerVersion().name, 'soleflipper-mcp');
  const capabilities = client.getServerCapabilities();
  assert.ok(capabilities.tools);
  assert.ok(capabilities.resources);
  assert.match(client.getInstructions(), /decimal strings/);
});

test('tools/list gives eight tools with object schemas and their required arguments', async () => {
  const { tools } = await client.listTools();
  const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
  assert.deepEqual(Object.keys(byName).sort(), ['dead_stock', 'kpis', 'list_memories', 'order_lookup',
    'price_history', 'search_memory', 'stock_search', 'store_memory']);
  for (const tool of tools) {
    assert.equal(tool.inputSchema.type, 'object');
    assert.equal(tool.inputSchema.additionalProperties, false);
    assert.ok(tool.description.length > 20);
  }
  assert.deepEqual(byName.store_memory.inputSchema.required, ['content']);
  assert.deepEqual(byName.search_memory.inputSchema.required, ['query']);
  assert.deepEqual(byName.kpis.inputSchema.required, ['from', 'to']);
  assert.deepEqual(byName.price_history.inputSchema.required, ['style_code', 'size']);
  assert.ok(byName.stock_search.inputSchema.properties.status.enum.includes('in_stock'));
});

test('memories are stored and found again by their words', async () => {
  const first = await call('store_memory', { content: 'Anna buys every Jordan 1 Chicago in US 10.', metadata: { customer: 'Anna' } });
  assert.equal(first.namespace, 'default');
  assert.equal(first.version, 1);
  await call('store_memory', { content: 'Solebox restocks on Friday mornings.', namespace: 'suppliers' });
  const found = await call('search_memory', { query: 'chicago jordan' });
  assert.equal(found.results.length, 1);
  assert.equal(found.results[0].metadata.customer, 'Anna');
  assert.equal((await call('search_memory', { query: 'restocks', namespace: 'default' })).results.length, 0);
  const listed = await call('list_memories', {});
  assert.equal(listed.statistics.total, 2);
  assert.equal(listed.memories[0].content, 'Solebox restocks on Friday mornings.');
});

test('kpis, dead_stock and stock_search answer as the CLI does', async () => {
  const kpis = await call('kpis', { from: '2000-01-01', to: today });
  assert.deepEqual(kpis, cliJson('report', 'kpis', '--from', '2000-01-01', '--to', today));
  assert.match(kpis.revenue, /^\d+\.\d\d$/);

  const dead = await call('dead_stock', {});
  assert.deepEqual(dead.pairs, cliJson('report', 'dead-stock'));
  const critical = await call('dead_stock', { min_level: 'dead' });
  assert.deepEqual(critical.pairs, cliJson('report', 'dead-stock', '--min-level', 'dead'));

  const inStock = cliJson('stock', 'list', '--status', 'in_stock');
  const searched = await call('stock_search', { status: 'in_stock', limit: 500 });
  assert.ok(inStock.length > 0 && inStock.length <= 500);
  assert.deepEqual(searched.pairs, inStock);
  const few = await call('stock_search', { status: 'in_stock', limit: 3 });
  assert.deepEqual(few.pairs, inStock.slice(0, 3));
  assert.equal(few.more, inStock.length > 3);
});

test('order_lookup finds an imported StockX order with its exact money', async () => {
  const lookup = await call('order_lookup', { order_number: '70010001-70010001' });
  assert.equal(lookup.found, true);
  const [order] = lookup.orders;
  assert.equal(order.marketplace, 'stockx');
  assert.equal(order.currency, 'EUR');
  assert.equal(order.sale_price, '120.00');
  assert.equal(order.seller_fee, '8.10');
  assert.equal(order.processing_fee, '3.60');
  assert.equal(order.pair.sku, 'DD1391-100');
  assert.equal((await call('order_lookup', { order_number: 'no-such-order' })).found, false);
});

test('price_history answers for a pair in stock', async () => {
  const [pair] = cliJson('stock', 'list', '--status', 'in_stock');
  const history = await call('price_history', { style_code: pair.sku, size: pair.size, days: 365 });
  assert.equal(history.style_code, pair.sku);
  assert.equal(history.currency, 'EUR');
  assert.ok(Array.isArray(history.market));
});

test('resources can be listed and read', async () => {
  const { resources } = await client.listResources();
  assert.ok(resources.length >= 3);
  for (const resource of resources) {
    const { contents } = await client.readResource({ uri: resource.uri });
    assert.equal(contents[0].mimeType, 'application/json');
    JSON.parse(contents[0].text);
  }
});

test('an unknown tool and bad arguments are JSON-RPC errors; a failing tool is a result with isError', async () => {
  await assert.rejects(client.callTool({ name: 'sell_everything', arguments: {} }), (error) => error.code === -32602);
  await assert.rejects(client.callTool({ name: 'search_memory', arguments: { limit: 3 } }),
    (error) => error.code === -32602 && /query/.test(error.message));
  const failed = await client.callTool({ name: 'price_history', arguments: { style_code: 'XX0000-000', size: 'US 10' } });
  assert.equal(failed.isError, true);
  assert.match(failed.content[0].text, /XX0000-000/);
});

test('malformed lines each get an answer and the server keeps going', async () => {
  const child = spawn(server, ['--database', database], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = [];
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(buffered.slice(0, end)));
      buffered = buffered.slice(end + 1);
    }
  });
  const send = (text) => child.stdin.write(text + '\n');
  send('this is not json');
  send('[1, 2, 3]');
  send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'no/such/method' }));
  send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
  send('{"jsonrpc":"2.0","id":2,"method":"ping","params":"' + 'x'.repeat(2 * 1024 * 1024) + '"}');
  send(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'kpis', arguments: { from: 'soon' } } }));
  send(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'ping' }));
  child.stdin.end();
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.deepEqual(lines.map((line) => line.error?.code ?? 'ok'), [-32700, -32600, -32601, -32600, -32602, 'ok']);
  assert.deepEqual(lines.map((line) => line.id), [null, null, 1, null, 3, 4]);
});
