#!/usr/bin/env node
// The CLI ships as one esbuild bundle (dist/cli.js), so it runs straight after `npm ci` with no build step.
import "../dist/cli.js";
