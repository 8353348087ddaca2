// A worker of the bulk page: its own engine computes chunks of a CSV file, so that a large file
// uses several cores and the page stays responsive. Nothing leaves the device: the chunks come
// from the page and the results go back to it.
import init, { calculateCsv } from './pkg/bpjstk_calc.js';

const ready = init({ module_or_path: new URL('pkg/bpjstk_calc_bg.wasm', import.meta.url) });

onmessage = async (event) => {
  const { run, id, text } = event.data;
  try {
    await ready;
    postMessage({ run, id, result: calculateCsv(text) });
  } catch (err) {
    postMessage({ run, id, error: String((err && err.message) || err) });
  }
};
