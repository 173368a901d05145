// gate_datapackage: every datapackage.json of a built site checked by a real Frictionless
// validator (datapackage-js with its bundled data-package and tabular-data-package profiles),
// so that a journalist who downloads a publication can verify it offline.
//
// For each datapackage.json under SITE_DIR:
//   - the descriptor is valid against its profile, and so is every resource;
//   - every resource file exists, and its sha256 and size in bytes are the ones the
//     descriptor states;
//   - every tabular resource is read in full with its table schema: the header matches the
//     fields, each value casts to its field type and meets its constraints, the primaryKey is
//     unique, and every foreignKey value exists in the resource it refers to;
//   - every JSON resource is valid JSON;
//   - every .csv and .json file beside it is one of its resources (nothing left undescribed).
//
// All resources are local paths; any attempt to reach the network is blocked and is itself
// an error. Usage: node datapackage.mjs SITE_DIR. Exits 1 when any check fails, also when
// SITE_DIR holds no datapackage.json at all.

import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

const require = createRequire(import.meta.url);

const errors = [];
function fail(file, message) {
  errors.push(`${file}: error: ${message}`);
}

// No network: datapackage-js fetches remote paths and profiles with axios (node's http and
// https); the site's packages must never need that.
const networkAttempts = [];
for (const mod of [http, https]) {
  for (const name of ['request', 'get']) {
    mod[name] = (...args) => {
      const target = typeof args[0] === 'string' ? args[0] : args[0]?.href || args[0]?.host;
      networkAttempts.push(String(target));
      throw new Error(`network request blocked: ${target}`);
    };
  }
}
globalThis.fetch = async (url) => {
  networkAttempts.push(String(url));
  throw new Error(`network request blocked: ${url}`);
};

const { Package } = require('datapackage');

async function findPackages(dir, out) {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await findPackages(p, out);
    else if (e.isFile() && e.name === 'datapackage.json') out.push(p);
  }
  return out;
}

// The messages of a datapackage-js / tableschema-js error, which may hold several.
function messages(error) {
  const list = Array.isArray(error?.errors) && error.errors.length ? error.errors : [error];
  return list.map((e) => String(e?.message ?? e).replace(/\s+/g, ' ').trim());
}

async function checkFile(file, dir, resource) {
  const where = `${file} resource '${resource.name}'`;
  if (typeof resource.path !== 'string') {
    fail(where, 'has no single local path');
    return null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(resource.path) || path.isAbsolute(resource.path) ||
      resource.path.split('/').includes('..')) {
    fail(where, `path '${resource.path}' is not a local path inside the package`);
    return null;
  }
  let bytes;
  try {
    bytes = await readFile(path.join(dir, resource.path));
  } catch (e) {
    fail(where, `cannot read '${resource.path}': ${e.code || e.message}`);
    return null;
  }
  if (resource.bytes === undefined) {
    fail(where, 'states no bytes');
  } else if (resource.bytes !== bytes.length) {
    fail(where, `bytes is ${resource.bytes}, but '${resource.path}' has ${bytes.length}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (typeof resource.hash !== 'string' || !resource.hash.startsWith('sha256:')) {
    fail(where, `hash '${resource.hash}' is not a sha256 checksum ('sha256:<hex>')`);
  } else if (resource.hash !== `sha256:${sha}`) {
    fail(where, `hash is ${resource.hash}, but the sha256 of '${resource.path}' is ${sha}`);
  }
  return bytes;
}

async function checkPackage(file) {
  const dir = path.dirname(file);
  let descriptor;
  try {
    descriptor = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    fail(file, `not valid JSON: ${e.message}`);
    return 0;
  }
  let pkg;
  try {
    pkg = await Package.load(descriptor, { basePath: dir });
  } catch (e) {
    for (const m of messages(e)) fail(file, `cannot load: ${m}`);
    return 0;
  }
  if (!pkg.valid) {
    for (const e of pkg.errors) for (const m of messages(e)) fail(file, `invalid descriptor: ${m}`);
  }
  const described = new Set();
  for (const resource of pkg.resources) {
    const where = `${file} resource '${resource.name}'`;
    described.add(resource.descriptor.path);
    if (!resource.valid) {
      for (const e of resource.errors) for (const m of messages(e)) fail(where, `invalid: ${m}`);
    }
    const bytes = await checkFile(file, dir, resource.descriptor);
    if (!bytes) continue;
    if (resource.tabular) {
      try {
        // forceCast collects every bad cell instead of stopping at the first.
        const rows = await resource.read({ relations: true, forceCast: true });
        for (const row of rows) {
          if (row instanceof Error) for (const m of messages(row)) fail(where, m);
        }
      } catch (e) {
        for (const m of messages(e)) fail(where, m);
      }
    } else if (resource.descriptor.format === 'json') {
      try {
        JSON.parse(bytes.toString('utf8'));
      } catch (e) {
        fail(where, `'${resource.descriptor.path}' is not valid JSON: ${e.message}`);
      }
    }
  }
  for (const name of (await readdir(dir)).sort()) {
    if (name === 'datapackage.json' || !/\.(csv|json)$/.test(name)) continue;
    if (!described.has(name)) fail(file, `'${name}' is not described as a resource`);
  }
  return pkg.resources.length;
}

async function main() {
  const site = process.argv[2];
  if (!site || process.argv.length > 3) {
    console.error('usage: node datapackage.mjs SITE_DIR');
    process.exit(2);
  }
  let files;
  try {
    files = await findPackages(site, []);
  } catch (e) {
    console.error(`datapackage: cannot read ${site}: ${e.message}`);
    process.exit(1);
  }
  if (files.length === 0) fail(site, 'no datapackage.json found');
  let resources = 0;
  for (const file of files) resources += await checkPackage(file);
  for (const url of networkAttempts) fail(site, `a network request was attempted: ${url}`);
  for (const e of errors) console.log(e);
  console.log(`datapackage: ${files.length} packages, ${resources} resources, ` +
              `${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
}

await main();
