/** i18next: Bahasa Indonesia by default, English on request; the choice is kept on the device. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { backofficeEn } from './backoffice.en';
import { backofficeId } from './backoffice.id';
import { dispatchEn } from './dispatch.en';
import { dispatchId } from './dispatch.id';
import { en } from './en';
import { id } from './id';
import { ownerEn } from './owner.en';
import { ownerId } from './owner.id';

const STORAGE_KEY = 'pos-language';

export async function setUpI18n() {
  const saved = localStorage.getItem(STORAGE_KEY);
  await i18next.use(initReactI18next).init({
    resources: {
      id: { translation: { ...id, ...dispatchId, owner: ownerId, backoffice: backofficeId } },
      en: { translation: { ...en, ...dispatchEn, owner: ownerEn, backoffice: backofficeEn } },
    },
    lng: saved === 'en' ? 'en' : 'id',
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    localStorage.setItem(STORAGE_KEY, lng);
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18next.language;
}
