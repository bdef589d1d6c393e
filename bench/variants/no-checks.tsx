// The checks feature's entry, replaced in the "checks off" build of the benchmark (bench/build.mjs): the same app
// with no Checks region, no checks worker and no findings. Typing in both builds, in the same run, shows what the
// checks cost the input path.
export function ChecksPanel(): null {
  return null;
}
