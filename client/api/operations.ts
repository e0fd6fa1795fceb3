/**
 * Every operation the client sends: named GraphQL documents typed with hand-written result and variable types
 * (TypedDocumentNode), so `client.query(RESPONSIBILITIES, { step, region })` is checked end to end without codegen.
 */
export * from './operations/fragments';
export * from './operations/vocabulary.operations';
export * from './operations/responsibility.operations';
export * from './operations/organization.operations';
export * from './operations/partner.operations';
export * from './operations/referral-path.operations';
