import type { LessonText } from '../lesson-text';

export const noteTakingMachineEs: LessonText = {
  steps: [
    {
      title: 'La profesora habla',
      caption: 'La profesora dicta un apunte cada segundo. Cada apunte va directo a la máquina de apuntes.',
      term: 'productor (producer)',
      notes:
        'Señala a la profesora, a la izquierda. En Kafka es un productor (producer): cualquier programa que escribe registros. No sabe quién leerá sus apuntes, ni cuándo.',
    },
    {
      title: 'La máquina guarda cada apunte',
      caption:
        'Cada apunte se queda en el estante con el siguiente número de página. Las páginas nunca se reutilizan.',
      term: 'topic, partición (partition), offset',
      notes:
        'La máquina es un topic; su estante es una partición: un log al que solo se añade al final (append-only). El número de página es el offset: empieza en 0, sube de uno en uno con cada registro y nunca se reutiliza, ni siquiera cuando se borran registros antiguos.',
      question: {
        prompt: 'Cuando Ana lee un apunte, ¿qué le pasa en el estante?',
        choices: ['Se queda ahí para que otros lo lean', 'Se borra', 'Pasa al final'],
        explanation:
          'Leer no borra nada: el log se conserva según el tiempo o el tamaño, no según quién lo haya leído.',
      },
    },
    {
      title: 'La estudiante pide a su ritmo',
      caption: 'Ana pide unos cuantos apuntes cuando está lista, los lee y vuelve a pedir más.',
      term: 'consumidor (consumer), poll',
      notes:
        'Ana hace de consumidor (consumer). Hace poll: cada poll() le entrega registros a partir de su posición, como mucho max.poll.records cada vez (aquí, 3; en Kafka, 500 por defecto). Por debajo, su consumidor envía peticiones fetch al broker, que las responde y nunca le manda apuntes sin que los pida.',
    },
    {
      title: 'El marcapáginas',
      caption:
        'Cada dos segundos (en Kafka, cinco por defecto), Ana mueve su marcapáginas a la siguiente página que le toca leer.',
      term: 'offset confirmado (committed offset)',
      notes:
        'El marcapáginas es el offset confirmado (committed offset): por convención, el siguiente offset que hay que leer, así que queda una página después del último apunte que terminó. Kafka lo guarda por grupo de consumidores y partición, en el topic __consumer_offsets. El auto-commit lo mueve durante un poll cuando ha pasado auto.commit.interval.ms (aquí, 2 s; en Kafka, 5 s por defecto), justo detrás de los apuntes que le entregaron los poll anteriores.',
    },
    {
      title: 'Nadie espera a nadie',
      caption:
        'La profesora nunca espera a Ana, y Ana nunca espera a la profesora: la máquina está entre las dos.',
      term: 'desacoplamiento (decoupling)',
      notes:
        'Esta es la primera gran idea: productores y consumidores están desacoplados en tiempo y en velocidad. Cualquiera de los dos puede pararse, ir más despacio o ser sustituido sin que el otro lo note.',
    },
  ],
};
