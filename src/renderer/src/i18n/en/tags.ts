/** Tags of a user pool or an identity pool: added, changed and removed with a preview. */
export default {
  edit: 'Edit tags',
  editTitle: 'Tags of this pool',
  intro: 'Tags label the pool for cost reports and access policies (aws:ResourceTag). Up to 50 per pool.',
  key: 'Key',
  value: 'Value',
  add: 'Add a tag',
  review: 'Review changes',
  previewTitle: 'Change the tags of this pool',
  saved: 'Tags saved.',
  problems: {
    tooMany: 'A pool holds at most {max} tags; this list has {count}.',
    keyEmpty: 'A tag needs a key: type one or remove the row.',
    keyTooLong: 'The key “{key}” is longer than {max} characters.',
    keyReserved: 'Keys starting with “aws:” belong to AWS: choose another key than “{key}”.',
    keyCharacters:
      "The key “{key}” has characters AWS refuses: use letters, numbers, spaces and _ . : / = + - {'@'}.",
    keyDuplicate: 'The key “{key}” is given twice: keep one of them.',
    valueTooLong: 'The value of “{key}” is longer than {max} characters.',
    valueCharacters:
      "The value of “{key}” has characters AWS refuses: use letters, numbers, spaces and _ . : / = + - {'@'}."
  }
}
