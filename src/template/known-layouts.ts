/**
 * The `layoutHash` each released template version was stamped with (SHA-256 of layoutSignature()).
 * A test recomputes the current one, so a layout change without a new version fails CI.
 */
export const KNOWN_LAYOUT_HASHES: Readonly<Record<string, string>> = {
  "1.0.0": "f9cca2d600473a28445c160a2971be1d4748ef5a7928b24d85b24da1d142d2bd",
};
