/**
 * The `layoutHash` each released template version was stamped with (SHA-256 of layoutSignature()).
 * A test recomputes the current one, so a layout change without a new version fails CI.
 */
export const KNOWN_LAYOUT_HASHES: Readonly<Record<string, string>> = {
  "1.0.0": "f9cca2d600473a28445c160a2971be1d4748ef5a7928b24d85b24da1d142d2bd",
  // 1.1 (issue 12): 去世 status; 调资, 免缴 and 补缴上年 columns in 会费台账; 单位类型; the profile's 节日 list.
  "1.1.0": "e73f758d2fb646751b40ed970bf5662f165b5f0c84c86f68b55fd3b6f39568da",
};
