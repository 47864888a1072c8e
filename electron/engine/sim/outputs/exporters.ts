// Importing this module registers every extra exporter with the scraper (each file calls registerExporter).
import './postgres-exporter';
import './redis-exporter';
import './kube-state-metrics';
import './kafka-exporter';
import './blackbox-exporter';
import './ingress-exporter';
