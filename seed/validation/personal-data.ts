import { createHash } from 'node:crypto';

/**
 * Guards against personal data. The names to refuse are stored only as SHA-256 hashes of their normalised form, so
 * that this public repository does not itself publish the names of victims, informants or office holders that the
 * source papers mention. To add one: `node -e "console.log(require('crypto').createHash('sha256').update('first
 * last').digest('hex'))"` with the name lowercased, letters only, single spaces.
 */
const PERSONAL_NAME_HASHES = new Set([
  '168d38d68494533ae849aac74e77c63d5fa750638ed233180d187f9bf11d2af6',
  '732008dea6286f2919e4d5f4366d4d9987f69662f0ceb591d6d6b51a36a95df6',
  '32ce41f476224fe7c9dea17c3d1e6d7e297d46da1edd6813210ec02335f03d9c',
  '03a390e70c669edefa7260bb1fdc94b4eead22eb799bdd334a4bc4d68f2d2cb8',
  'c45bd41265e53c18e977e01ace83fdad0382891c5762ca48e101755751a00d52',
  'f8c2023ac45d438f2cc2ab21ae9fb462d60a75c70497ea5f8a4e49cf54de2c32',
  'b67ae04223d9710c02b9bf343a32950ea6ef600208cf056c4626b0690b176af8',
  '926238269959238203eb248632d890931de1caa45a5f186134ad3eb12f4ee8c8',
  '5bd935a2887020aee148fad7bd859a826a6180af38b9ff3a4c34fe01a459bb9d',
  'e2d58f8d91cf2b01a3e8771ca9bb983963b8ef92bf7cc1480ba6a8bcecbc3e6e',
  '0a5d17d3b19f82f8340d3977609aa9e86b4ad8b9bd71bd9eced9271f1d5b2e4a',
  'a626162846158988ad58bd2914b1244596f3db2cf1ebe755cdf649a6131674d4',
  '2378ca60adc83a5e4b707529a4386fa8481b7bc56cfb3650a372f9dd52792ae5',
  '9271ab0798f31bebba25c3e2108ed465e6625a5f804a4520d8c46ed6a90ceba3',
  'cdc7e9ee788f289e207754ed22bd98928df56e4ecf52d9b5bc21d000a4f5a2eb',
  'c6dc8606cf4a0059c5b3e27483e0bee752c677b5169d3e941e04cc1ffc7967d8',
  '9cfac21718ac1968f07af537e14a35dbd393dc32f4b8e8b77869fcbe92ef3662',
  '1d34adbb4156e86828320f05e4338575235dc57ed5285ffb0bb1ea0db46ad8bd',
  '9fc69d4b6d2f3d1ca48541f60db8e28cdf4cf767bb34fe67b8aca58d7d685bf3',
  '5be23205b959e11cc94f3b358e5edf22615c2cab7790125dc026edeb28aebf31',
  '3d5259111453e4c27b564a6d07e595696839d35b54c9388a4a42c72b5f933995',
  '5a0bf18aec5911f32384f8e62ea23bd3f99cbb01298c2a382347eccd4d3fee9c',
  'f6cb4c2ec282df4199a4da37cc7b8d584dd8949b2d24997ee19b718fccb67c6a',
  '5a9e233765c07d2dafb27197d5e07c25e124059574da42db5778ca668f7283fd',
  'e3dcbd7daa6d6023de662b07e8e6ae6c87c192efd4e5ca24a2a21ad5ba393e17',
  'f1090c6d194a41021314bf7920e8d0a0779d52bcdf9cb564761d96d8e6f44758',
  'e58e8249d4454daabe549be6f62013f6f5d5a873d640f60d0c8ea5a15bb036ef',
  '612697b0e84095090113ae4273eedcd73f15a7190909b82ee442273ce8528ab1',
  'e103d06b019a1e7cf8255014e820bcc09b2af621c62bab863968cb411db0aa10',
  '4b3bc9f2534a1663d949a936b326b8b223c76d75b7d52d14bdd0d5e87a6573dc',
  'ea2e0a723f7701b281ef0081cc46256310aa44afef5770b7571341d7b0d43db0',
  '3c7931972cce881deb50a53cb6f82efc1b25dbe196fd6d7ecf153135848a61e2',
  '98e09e7f927381dc3f3086f9871c99955aed1cfb37ddab18bfb3b53d60007661',
  'b706422b28e52c398fc1388ccb1c5501174dd2b173dd36df920d90f18ad5f7c6',
  'f591465af8f5d8bdcd28952e64443c6e4478c5ac9e09d3bca4f3163bccbe3f4b',
  'a3359bebf6a1e1a0f6a7a5b4c195ec5218a35ae3451ca1e8409dbe04ccb641e2',
  '4f7cc64ad8f026d535d7a56ee8c92f23245b12dc1eddae19424bb3fea5e9eac4',
  'fd4a87870583623e526c1254bcbc7239597bdc152ec4f12b6cb9d53895c447cf',
  '241476f39024a931fbf1de09969935bf3380a8992b64deaf38f3682091a15e49',
]);

/** Runs of ten or more digits look like identity numbers (NIK, family card); none may be stored. */
export const IDENTITY_NUMBER = /\d{10,}/;

export const normalizeName = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const hashName = (name: string): string => createHash('sha256').update(normalizeName(name)).digest('hex');

/** The denied name (as its hash) found in the text, looking at every window of one to three words. */
export function findPersonalName(text: string, hashes: ReadonlySet<string> = PERSONAL_NAME_HASHES): string | null {
  const words = normalizeName(text).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const window = words.slice(i, i + n).join(' ');
      if (hashes.has(createHash('sha256').update(window).digest('hex'))) return window;
    }
  }
  return null;
}

/** Every string inside a value, with its field path. */
export function findStrings(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => findStrings(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    findStrings(v, path ? `${path}.${k}` : k),
  );
}
