#!/usr/bin/env node
// Reference answers from ethers v6 (and MetaMask's eth-sig-util for typed data) for Abacus's
// differential tests. Reads one JSON array of cases on stdin, writes one JSON array of results
// (same order) on stdout. Case kinds:
//   {kind:"typed", doc:"<eth_signTypedData_v4 JSON text>", key:"0x..."}
//     -> {ok, digest, signature, sigUtil}  (sigUtil: eth-sig-util's V4 digest or "error")
//   {kind:"tx", tx:{type, chainId, nonce, gasLimit, to, value, data, gasPrice |
//                   maxPriorityFeePerGas+maxFeePerGas, accessList}, key:"0x..."}
//     -> {ok, raw, hash}
//   {kind:"keystore", json:"<keystore text>", password:"..."} -> {ok, address}
//   {kind:"statement", statement:"<JSON text of a statement>", jcs:"0x<bytes signed>", signature:"0x..."}
//     -> {ok, canonical (the statement's RFC 8785 form, by the algorithm of the npm 'canonicalize'
//        package: sorted keys + JSON.stringify), signer (ethers' verifyMessage over the jcs bytes)}
// A refusal is {ok:false, error:"..."}.
"use strict";
const { TypedDataEncoder, Wallet, SigningKey, Transaction, verifyMessage, getBytes } = require("ethers");
const { TypedDataUtils, SignTypedDataVersion } = require("@metamask/eth-sig-util");

function typed(c) {
  const doc = JSON.parse(c.doc);
  const { EIP712Domain, ...types } = doc.types;
  if (EIP712Domain === undefined) throw new Error("no EIP712Domain");
  const primary = TypedDataEncoder.getPrimaryType(types);
  if (primary !== doc.primaryType) throw new Error("primaryType is not the root type " + primary);
  const digest = TypedDataEncoder.hash(doc.domain, types, doc.message);
  const signature = new SigningKey(c.key).sign(digest).serialized;
  let sigUtil;
  try {
    sigUtil = "0x" + Buffer.from(TypedDataUtils.eip712Hash(doc, SignTypedDataVersion.V4)).toString("hex");
  } catch (e) {
    sigUtil = "error";
  }
  return { ok: true, digest, signature, sigUtil };
}

function tx(c) {
  const t = Transaction.from(c.tx);
  t.signature = new SigningKey(c.key).sign(t.unsignedHash);
  return { ok: true, raw: t.serialized, hash: t.hash };
}

function keystore(c) {
  const w = Wallet.fromEncryptedJsonSync(c.json, c.password);
  return { ok: true, address: w.address };
}

function canonicalize(v) {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(canonicalize).join(",") + "]";
  return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + canonicalize(v[k])).join(",") + "}";
}

function statement(c) {
  const canonical = canonicalize(JSON.parse(c.statement));
  const signer = verifyMessage(getBytes(c.jcs), c.signature);
  return { ok: true, canonical, signer };
}

const handlers = { typed, tx, keystore, statement };
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  const out = cases.map((c) => {
    try {
      return handlers[c.kind](c);
    } catch (e) {
      return { ok: false, error: String((e && e.shortMessage) || e).slice(0, 200) };
    }
  });
  process.stdout.write(JSON.stringify(out));
});
