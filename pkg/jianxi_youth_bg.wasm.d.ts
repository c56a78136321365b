/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const checkEligibility: (a: number, b: number) => void;
export const formSpec: (a: number, b: number) => void;
export const loadPolicies: (a: number, b: number, c: number) => void;
export const policies: (a: number) => void;
export const resetPolicies: () => void;
export const __wbindgen_export: (a: number, b: number) => number;
export const __wbindgen_export2: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_export4: (a: number) => void;
export const __wbindgen_add_to_stack_pointer: (a: number) => number;
