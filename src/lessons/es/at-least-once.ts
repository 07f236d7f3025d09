import type { LessonText } from '../lesson-text';

export const atLeastOnceEs: LessonText = {
  steps: [
    {
      title: 'Marcapáginas cada cinco segundos',
      caption: 'Ana y Ben leen un estante cada uno. Solo mueven sus marcapáginas cada cinco segundos.',
      term: 'auto.commit.interval.ms',
      notes:
        'El auto-commit confirma, en un poll, las posiciones de todo lo que devolvieron los polls anteriores; aquí, como mucho cada 5 s. Entre dos commits, el marcapáginas va por detrás de lo que el estudiante ha leído de verdad.',
    },
    {
      title: 'Ben se desmaya',
      caption:
        'Ben se desmaya a mitad de sus apuntes, sin decir nada: su marcapáginas se queda donde estaba y nadie se entera.',
      term: 'session.timeout.ms',
      notes:
        'Un proceso caído no envía nada: ni commit ni LeaveGroup. El grupo sigue contando a Ben como miembro dueño de su partición, y su lag crece, hasta que el coordinador pasa session.timeout.ms sin un heartbeat (aquí 6 s; el valor por defecto de Kafka es 45 s). Solo entonces lo expulsa y rebalancea.',
      question: {
        prompt: '¿Qué pasa con el estante de Ben ahora mismo?',
        choices: [
          'Ana se lo queda al momento',
          'Sus apuntes se tiran',
          'Nada todavía: el grupo cree que Ben lo tiene',
        ],
        explanation:
          'Nadie le ha dicho nada al grupo. Espera a que Ben lleve callado todo el tiempo de sesión y entonces reparte su estante.',
      },
    },
    {
      title: 'Leídos dos veces',
      caption:
        'Ana se queda el estante de Ben desde su antiguo marcapáginas y vuelve a leer los apuntes que él había leído después.',
      term: 'entrega al menos una vez',
      notes:
        'El nuevo dueño empieza en el offset confirmado del grupo. Todo lo que Ben procesó después de su último commit se procesa otra vez: no se pierde nada, pero parte del trabajo se hace dos veces. El inspector cuenta los duplicados.',
      question: {
        prompt: '¿Dónde empieza Ana a leer el estante de Ben?',
        choices: [
          'En el marcapáginas del grupo, por detrás de donde iba Ben',
          'Justo donde Ben se quedó',
          'En el apunte más nuevo',
        ],
        explanation:
          'La posición de lectura de Ben desapareció con él. El marcapáginas, el último commit, es todo lo que el grupo sabe.',
      },
    },
    {
      title: 'Ben vuelve, como alguien nuevo',
      caption:
        'Ben vuelve en sí y se une otra vez. Para el grupo es un estudiante nuevo: los estantes se reparten de nuevo.',
      term: 'member.id',
      notes:
        'Un consumidor reiniciado es un miembro nuevo, con un member id nuevo (ben-2 en palabras de Kafka). Si hubiera vuelto antes del tiempo de sesión, el ben-1 caído seguiría en el grupo y el rebalanceo esperaría a su expulsión. Ana primero termina los apuntes que tiene en las manos y luego vuelve a unirse: el rebalanceo eager la espera.',
    },
    {
      title: 'Ana se despide',
      caption:
        'Ana se va a casa como es debido: antes de irse mueve su marcapáginas más allá de todos los apuntes que le dieron, leídos o no, y se despide.',
      term: 'KafkaConsumer.close()',
      notes:
        'Con auto-commit, close() confirma las posiciones de todo lo que devolvió poll y luego envía LeaveGroup, así que el grupo rebalancea al momento. Nada se lee dos veces. Pero los registros que devolvió su último poll y aún no había procesado quedan confirmados: nadie los leerá nunca (el javadoc de KafkaConsumer avisa de ello). El inspector los cuenta como saltados al cerrar.',
      question: {
        prompt: '¿Lee Ben dos veces alguno de los apuntes de Ana?',
        choices: [
          'Sí, desde su antiguo marcapáginas',
          'No, pero los apuntes que tenía en las manos no los lee nadie',
          'No, y no se pierde nada',
        ],
        explanation:
          'Su marcapáginas pasó por delante de los apuntes que tenía en las manos. Ben empieza ahí: nada dos veces, pero esos se saltan.',
      },
    },
    {
      title: 'Cuándo mover el marcapáginas',
      caption:
        'El auto-commit mueve el marcapáginas con su propio reloj: un desmayo hace leer apuntes dos veces, una despedida puede saltarse los que había en las manos.',
      term: 'enable.auto.commit',
      notes:
        'Con enable.auto.commit=false y commitSync() después de procesar cada lote, un fallo vuelve a leer como mucho el lote en curso, y un close() limpio confirma solo lo procesado, así que no se salta nada de lo que había en las manos: at-least-once (al menos una vez). Confirmar antes de procesar da at-most-once (como mucho una vez): un fallo pierde el lote. Exactly-once necesita transacciones, que este simulador no modela.',
    },
  ],
};
