// Importing this module registers every extra exporter with the scraper (each file calls registerExporter).
export {};
