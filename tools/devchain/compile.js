#!/usr/bin/env node
// Compiles Solidity sources offline with the pinned solc-js; @openzeppelin/ imports resolve to
// the pinned OpenZeppelin 4.9 package. Prints {"Name": {"abi": [...], "bytecode": "0x..."}}.
// Usage: node compile.js FILE.sol [FILE.sol ...]
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node compile.js FILE.sol ...");
  process.exit(2);
}
const sources = {};
for (const f of files) sources[path.basename(f)] = { content: fs.readFileSync(f, "utf8") };
const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    // Only the named files: bytecode for concrete contracts in imports (ERC20 ...) is work for
    // nothing, since only these files' contracts are printed.
    outputSelection: Object.fromEntries(
      Object.keys(sources).map((f) => [f, { "*": ["abi", "evm.bytecode.object"] }]),
    ),
  },
};
function findImports(p) {
  const candidates = [path.join(__dirname, "node_modules", p), ...files.map((f) => path.join(path.dirname(f), p))];
  for (const c of candidates) if (fs.existsSync(c)) return { contents: fs.readFileSync(c, "utf8") };
  return { error: "not found: " + p };
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === "error");
if (errors.length) {
  console.error(errors.map((e) => e.formattedMessage).join("\n"));
  process.exit(1);
}
const result = {};
for (const file of Object.keys(sources)) {
  for (const [name, c] of Object.entries(out.contracts[file] || {})) {
    result[name] = { abi: c.abi, bytecode: "0x" + c.evm.bytecode.object };
  }
}
process.stdout.write(JSON.stringify(result));
