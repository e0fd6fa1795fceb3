/** The domain's record types: one file per aggregate; seed validation, both stores and the API derive from them. */
export * from './primitives';
export * from './source-document';
export * from './place';
export * from './organization';
export * from './instrument';
export * from './step';
export * from './membership';
export * from './mandate';
export * from './referral-path';
export * from './partnership';
export * from './gap';
export * from './statistic';
export * from './disagreement';
export * from './known-unknown';
export * from './finding';
export * from './dataset';
export * from './entity-kind';
