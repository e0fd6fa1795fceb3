import { profileSection, summarizeProfile } from '../../../bench/http/profile-summary';

/** A hand-made profile: five functions, each sampled for a known number of microseconds. */
const frame = (id: number, functionName: string, url: string) => ({
  id,
  callFrame: { functionName, url, lineNumber: 9 },
});
const profile = {
  nodes: [
    frame(1, '(idle)', ''),
    frame(2, 'executeFields', 'file:///repo/node_modules/graphql/execution/execute.js'),
    frame(3, 'findCoverage', 'file:///repo/dist/bench-build/server/store/memory/memory-knowledge.store.js'),
    frame(4, '(garbage collector)', ''),
    frame(5, 'getParams', 'file:///repo/node_modules/type-graphql/build/cjs/resolvers/helpers.js'),
    frame(6, 'processGraphQLRequest', 'file:///repo/node_modules/@apollo/server/dist/cjs/requestPipeline.js'),
  ],
  samples: [1, 2, 2, 3, 4, 5, 6, 2, 1],
  timeDeltas: [9000, 1000, 1000, 2000, 1000, 500, 500, 1000, 9000],
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(profile, 3);

  it('adds up self time by area, leaving idle time out', () => {
    expect(summary.busyMs).toBe(7);
    expect(summary.byArea).toEqual([
      ['graphql', 3],
      ['ours: server/', 2],
      ['(garbage collector)', 1],
      ['type-graphql', 0.5],
      ['@apollo/server', 0.5],
    ]);
  });

  it('names the busiest functions with their file and line, most first', () => {
    expect(summary.topFunctions).toEqual([
      ['executeFields graphql/execution/execute.js:10', 3],
      ['findCoverage server/store/memory/memory-knowledge.store.js:10', 2],
      ['(garbage collector)', 1],
    ]);
  });
});

describe('profileSection', () => {
  it('gives the shares of our code, query execution and garbage collection', () => {
    const section = profileSection(summarizeProfile(profile), 'a test server');
    expect(section).toContain('## Where the time goes (CPU profile of a test server)');
    expect(section).toContain('Our code (server/, schema/: store, services, resolvers, limits) took 28.6%');
    expect(section).toContain('DataLoader 50.0%');
    expect(section).toContain('garbage collection 14.3%');
    expect(section).toContain('| graphql | 3 | 42.9% |');
  });

  it('says how to get a profile when there is none', () => {
    expect(profileSection(null, 'the 1× server')).toContain('npm run bench -- --cpu-prof');
  });
});
