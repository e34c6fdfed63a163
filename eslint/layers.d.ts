import type { Linter } from "eslint";

/** The core's layers (folders of src/), lowest first. */
export declare const CORE_LAYERS: readonly string[];
/** The flat-config blocks that enforce them. */
export declare const layerConfigs: readonly Linter.Config[];
