import type { LessonText } from '../lesson-text';

export const callingBackupEs: LessonText = {
  steps: [
    {
      title: 'Pablo no da abasto',
      caption: 'Llegan cuatro apuntes por segundo a cuatro estantes. Pablo puede traducir uno y medio.',
      notes: 'Un solo consumidor tiene las cuatro particiones. El lag crece unos 2,5 registros por segundo.',
    },
    {
      title: 'Llega Marta',
      caption:
        'Marta se une al grupo de estudio de Pablo. Todos paran mientras se vuelven a repartir los estantes.',
      term: 'grupo de consumidores, rebalanceo',
      notes:
        'Un miembro nuevo envía JoinGroup y el coordinador inicia un rebalanceo. Con el protocolo eager, el de por defecto, cada miembro, en su siguiente poll, confirma, suelta todas sus particiones y vuelve a unirse; luego cada uno recibe un reparto nuevo. Nadie lee hasta que llega el reparto, y quien aún termina su lote hace esperar a todos.',
      question: {
        prompt: '¿Leerán Marta y Pablo todos los estantes?',
        choices: [
          'Sí, los dos lo leen todo',
          'Marta solo lee los apuntes nuevos',
          'No, cada estante es para uno solo de los dos',
        ],
        explanation:
          'Dentro de un grupo, cada partición la lee un solo miembro a la vez. Así es como un grupo se reparte el trabajo.',
      },
    },
    {
      title: 'Dos lectores, dos estantes cada uno',
      caption:
        'Pablo y Marta leen ahora dos estantes cada uno, desde el marcapáginas del grupo en cada estante.',
      term: 'asignación de particiones',
      notes:
        'El asignador range (range assignor) da a cada miembro un bloque contiguo de particiones. Cada dueño empieza en el offset confirmado: con el protocolo eager, hasta Pablo, que conserva los estantes 2 y 3, perdió sus posiciones en memoria al soltar sus estantes.',
    },
    {
      title: 'Más refuerzos',
      caption: 'Se unen también Nico y Olga. Cuatro estudiantes, cuatro estantes: uno cada uno.',
      notes: 'Entre todos leen seis apuntes por segundo, y llegan cuatro.',
    },
    {
      title: 'Se ponen al día entre todos',
      caption: 'Con cuatro lectores, el retraso baja sin parar.',
      notes: 'Enseña la gráfica del lag: empieza a bajar después del último rebalanceo.',
    },
    {
      title: 'Una estudiante de más',
      caption: 'Se une también Pia, pero no queda estante para ella: no tiene nada que hacer.',
      term: 'partición: unidad de paralelismo',
      notes:
        'Un grupo puede tener como mucho tantos miembros ocupados como particiones tenga el topic. Los demás esperan de reserva, listos para tomar el relevo cuando alguien se va (en cuanto envía LeaveGroup) o se cae (cuando expira su sesión).',
      question: {
        prompt: 'Cuatro estantes, cinco estudiantes. ¿Cuántos leen?',
        choices: ['Cinco', 'Cuatro', 'Uno'],
        explanation: 'Cada partición va a un solo miembro del grupo, así que al quinto no le toca nada.',
      },
    },
  ],
};
