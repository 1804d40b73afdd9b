export default {
  title: 'Settings',
  appearance: 'Appearance',
  about: 'About'
}
