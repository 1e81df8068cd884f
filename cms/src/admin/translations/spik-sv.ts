/** What Strapi's Swedish translation lacks on the screens our editors use. */
export const SWEDISH = {
  'content-manager.preview.panel.title': 'Förhandsvisning',
  'content-manager.preview.panel.button': 'Öppna förhandsvisning',
  'content-manager.preview.panel.button-disabled-tooltip': 'Spara för att kunna förhandsvisa',
  'content-manager.preview.page-title': 'Förhandsvisning av {contentType}',
  'content-manager.preview.header.close': 'Stäng förhandsvisningen',
  'content-manager.preview.copy.label': 'Kopiera länk till den här sidan i CMS:et (bara för redaktörer)',
  'content-manager.preview.copy.success': 'Länken till sidan i CMS:et är kopierad',
  'content-manager.preview.tabs.label': 'Status för förhandsvisningen',
  'content-manager.preview.content.close-editor': 'Stäng redigeringen',
  'content-manager.preview.content.open-editor': 'Öppna redigeringen',
  'content-manager.preview.device.select': 'Välj skärmstorlek',
  'content-manager.preview.device.desktop': 'Dator',
  'content-manager.preview.device.mobile': 'Mobil',
};
