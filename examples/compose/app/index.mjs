// An app as you would write it for Wix: the official SDK, an API key and a site id. Only the address of the API
// changes: in this stack the fake Wix Media Manager answers as the compose service "fake" (WIX_API_BASE).
import { createClient, ApiKeyStrategy } from '@wix/sdk';
import { files, folders } from '@wix/media';

const apiBase = process.env.WIX_API_BASE ?? 'https://www.wixapis.com';
const siteId = process.env.WIX_SITE_ID ?? '3ecba886-4267-11ee-be56-0242ac120002';

// The SDK always calls https://www.wixapis.com: send those calls to the fake instead.
const fetchToFake = (url, init) => fetch(String(url).replace('https://www.wixapis.com', apiBase), init);

const wix = createClient({
  modules: { files, folders },
  auth: ApiKeyStrategy({ apiKey: process.env.WIX_API_KEY ?? 'example-key', siteId }),
  fetch: fetchToFake,
});

const { folder } = await wix.folders.createFolder('Product photos');
const { file } = await wix.files.importFile('https://cdn.example.com/photos/mug.jpg', {
  parentFolderId: folder._id,
  displayName: 'mug.jpg',
  mimeType: 'image/jpeg',
});
const { files: listed } = await wix.files.listFiles({ parentFolderId: folder._id });

console.log(`folder ${folder.displayName} (${folder._id}) holds ${listed.length} file(s): `
  + listed.map((f) => `${f.displayName} ${f.mediaType} ${f.operationStatus}`).join(', '));
if (listed.length !== 1 || listed[0]._id !== file._id) {
  console.error('unexpected listing: ' + JSON.stringify(listed));
  process.exit(1);
}
