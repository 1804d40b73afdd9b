import { describe, expect, it } from 'vitest'
import { assetFileProblems, MAX_CLASSIC_LOGO_BYTES } from '@shared/branding-rules'
import { base64Length, classicStyleProblems, MAX_CLASSIC_REQUEST_BYTES } from '@shared/classic-branding-rules'

describe('classicStyleProblems', () => {
  it('takes Cognito’s classes, several selectors per rule, pseudo-classes it lists, and comments', () => {
    const css = `/* brand colours */
.banner-customizable { background-color: #0b3d91; }
.submitButton-customizable, .submitButton-customizable:hover { background-color: #222; }
.inputField-customizable:focus { border-color: #0b3d91; }`
    expect(classicStyleProblems(css, 0)).toEqual([])
    expect(classicStyleProblems('', 0)).toEqual([])
  })

  it('names a selector that is not one of Cognito’s classes', () => {
    expect(classicStyleProblems('.banner-customizable, h1 { color: red; } .header { margin: 0 }', 0)).toEqual(
      [
        { code: 'cssUnknownClass', selector: 'h1' },
        { code: 'cssUnknownClass', selector: '.header' }
      ]
    )
  })

  it('refuses the statements Cognito forbids, but not inside a comment', () => {
    expect(classicStyleProblems('@import url(x.css);', 0)).toEqual([
      { code: 'cssForbidden', what: '@import' }
    ])
    expect(classicStyleProblems('@media (max-width: 10px) { .logo-customizable { } }', 0)).toEqual([
      { code: 'cssForbidden', what: '@media' }
    ])
    expect(classicStyleProblems('.logo-customizable { background: url(javascript:alert(1)) }', 0)).toEqual([
      { code: 'cssForbidden', what: 'javascript:' }
    ])
    expect(classicStyleProblems('</style><script>', 0)).toEqual([{ code: 'cssForbidden', what: 'HTML' }])
    expect(classicStyleProblems('/* @import was here */ .logo-customizable { }', 0)).toEqual([])
  })

  it('refuses text that is not a list of rules', () => {
    expect(classicStyleProblems('.banner-customizable { color: red;', 0)).toEqual([{ code: 'cssMalformed' }])
    expect(classicStyleProblems('color: red;', 0)).toEqual([{ code: 'cssMalformed' }])
  })

  it('counts the logo as Cognito receives it, base64, against the request size', () => {
    expect(base64Length(3)).toBe(4)
    expect(base64Length(100_000)).toBe(133_336)
    const css = '.banner-customizable { color: red; }'
    const fits = Math.floor(((MAX_CLASSIC_REQUEST_BYTES - css.length) / 4) * 3)
    expect(classicStyleProblems(css, fits)).toEqual([])
    expect(classicStyleProblems(css, MAX_CLASSIC_LOGO_BYTES)).toEqual([
      { code: 'classicTooLarge', bytes: css.length + 133_336, max: MAX_CLASSIC_REQUEST_BYTES }
    ])
  })
})

describe('the classic logo', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
  it('takes PNG or JPEG up to 100,000 bytes, not SVG', () => {
    expect(assetFileProblems('CLASSIC_LOGO', 5_000, png)).toEqual([])
    expect(assetFileProblems('CLASSIC_LOGO', MAX_CLASSIC_LOGO_BYTES + 1)).toEqual([
      { code: 'assetTooLarge', bytes: MAX_CLASSIC_LOGO_BYTES + 1, max: MAX_CLASSIC_LOGO_BYTES }
    ])
    expect(assetFileProblems('CLASSIC_LOGO', svg.byteLength, svg)).toEqual([
      { code: 'assetWrongType', extension: 'SVG', allowed: 'PNG, JPEG' }
    ])
  })
})
