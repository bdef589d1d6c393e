export { CopyShareLink } from './copy-share-link';
export { decodeShareData, encodeShareData, maxShareUrlLength, shareUrl } from './share-codec';
export { SharedDocumentPage } from './shared-document-page';
