/** The two vocabularies the app speaks: the classroom story's words, or Kafka's own. */
export type Words = 'classroom' | 'kafka';
