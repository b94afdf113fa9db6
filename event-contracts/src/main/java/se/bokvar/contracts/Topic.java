package se.bokvar.contracts;

/**
 * A Kafka topic of the platform, with the partition count used locally and the one recommended for
 * production. Topics are versioned in their name: a breaking change to the events on a topic gets a new topic.
 *
 * @param name                 the topic name
 * @param localPartitions      partitions on the single local broker
 * @param productionPartitions partitions in production (Strimzi KafkaTopic)
 * @param description          what flows on it, for the event documentation
 */
public record Topic(String name, int localPartitions, int productionPartitions, String description) {
}
