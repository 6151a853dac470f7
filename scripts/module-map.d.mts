export const mapBegin: string;
export const mapEnd: string;
export function openingComment(text: string): string;
export function moduleMap(root: string): string;
export function unmappedFolders(root: string): string[];
