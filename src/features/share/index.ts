export { CopyShareLink } from './copy-share-link';
export { decodeShareData } from './decode-share-data';
export { encodeShareData, maxShareUrlLength, shareUrl } from './share-link';
export { SharedDocumentPage } from './shared-document-page';
