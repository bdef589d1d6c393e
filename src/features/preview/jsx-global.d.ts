// hast-util-to-jsx-runtime's types name a global `JSX` namespace, which React 19's types no longer declare; without
// this alias its return and component types silently become `any` (toolchain trap 4).
import type { JSX as ReactJSX } from 'react';

declare global {
  namespace JSX {
    type Element = ReactJSX.Element;
    type ElementClass = ReactJSX.ElementClass;
    type IntrinsicElements = ReactJSX.IntrinsicElements;
  }
}
