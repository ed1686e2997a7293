/** Constants of the model, kept apart from the schema builder so that they cost nothing to import. */

/** Version of the model's shape; bumped on any breaking change of the schema. */
export const MODEL_VERSION = '1.0.0'
export const SCHEMA_ID = 'https://code.gouv.fr/schemas/offre/offer-1.json'
