/**
 * Every operation the client sends: named GraphQL documents whose result and variable types GraphQL Code Generator
 * derives from the committed schema (`npm run client:codegen` writes generated/), so
 * `client.query(RESPONSIBILITIES, { step, region })` is checked end to end against the API's contract.
 */
export * from './operations/fragments';
export * from './operations/vocabulary.operations';
export * from './operations/responsibility.operations';
export * from './operations/organization.operations';
export * from './operations/partner.operations';
export * from './operations/referral-path.operations';
export * from './operations/context.operations';
export * from './operations/fact.operations';
