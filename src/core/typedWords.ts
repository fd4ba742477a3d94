/**
 * "Type my own words to send anyway": does what was typed match the person's own line?
 * Case and spacing are forgiven (and Unicode forms, so an "é" typed either way counts);
 * every letter and mark must be there.
 */
function comparable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, '');
}

export function wordsMatch(typed: string, ownWords: string): boolean {
  const target = comparable(ownWords);
  return target !== '' && comparable(typed) === target;
}
