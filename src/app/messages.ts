import { catalogue } from '../shared/lang';

/** The app shell's texts: loading, notices for unknown addresses, and the crash page. */
export const messages = catalogue({
  en: {
    opening: 'Opening…',
    noClass: (id: string) => `There is no class called "${id}". Pick one below.`,
    noLesson: (id: string) => `There is no lesson called "${id}". Pick one below.`,
    nothingAt: (hash: string) => `Nothing lives at "#${hash}". Pick a class below.`,
    reloadClass: 'Reload this class',
    reloadPresenter: 'Reload the presenter view',
    reloadLesson: 'Reload the lesson at this step',
    reloadSandbox: 'Reload the sandbox',
    reloadPage: 'Reload the page',
    reopenLink: 'Open the link again',
    crashTitle: 'Something went wrong in this view',
    crashLead: 'The rest of the app is fine. The problem was:',
    backHome: 'Back to the start page',
  },
  es: {
    opening: 'Abriendo…',
    noClass: (id: string) => `No hay ninguna clase llamada «${id}». Elige una abajo.`,
    noLesson: (id: string) => `No hay ninguna lección llamada «${id}». Elige una abajo.`,
    nothingAt: (hash: string) => `No hay nada en «#${hash}». Elige una clase abajo.`,
    reloadClass: 'Recargar esta clase',
    reloadPresenter: 'Recargar la vista docente',
    reloadLesson: 'Recargar la lección en este paso',
    reloadSandbox: 'Recargar el sandbox',
    reloadPage: 'Recargar la página',
    reopenLink: 'Abrir el enlace otra vez',
    crashTitle: 'Algo falló en esta vista',
    crashLead: 'El resto de la aplicación funciona bien. El problema fue:',
    backHome: 'Volver a la página de inicio',
  },
});

export type AppMessages = ReturnType<typeof messages>;
