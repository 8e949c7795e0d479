package io.contractcheck.bench.corpus;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every identifier the corpus uses. The groups are disjoint word for word, so that no argument
 * expression can ever look like another parameter's name: a correct checker reports nothing.
 */
final class Vocabulary {

  static final List<String> DOMAINS = List.of(
      "billing", "catalog", "chat", "inventory", "identity", "shipping", "reporting", "scheduling",
      "search", "storage", "pricing", "support");

  static final List<String> CLASS_NOUNS = List.of(
      "Invoice", "Catalog", "Shipment", "Customer", "Payment", "Ticket", "Report", "Calendar",
      "Inventory", "Profile", "Cart", "Review", "Supplier", "Ledger", "Audit", "Booking", "Parcel",
      "Vendor", "Route", "Fleet", "Claim", "Policy", "Quote", "Lead", "Campaign", "Survey", "Badge",
      "Journal", "Voucher", "Manifest");

  static final List<String> CLASS_ROLES = List.of(
      "Service", "Registry", "Index", "Gateway", "Planner", "Tracker", "Store", "Router",
      "Validator", "Resolver", "Cache", "Monitor", "Assembler");

  static final List<String> VERBS = List.of(
      "reserve", "transfer", "schedule", "register", "publish", "archive", "reconcile", "dispatch",
      "approve", "refund", "allocate", "deliver", "settle", "enqueue", "authorize", "rebalance",
      "export", "collect", "verify", "escalate", "merge", "split", "renew", "suspend");

  /** Parameter names by type: one name belongs to one type only. */
  static final Map<JavaType, List<String>> PARAMETER_NAMES = Map.of(
      JavaType.STRING, List.of(
          "ownerName", "displayName", "regionCode", "currencyCode", "sourceAccount",
          "targetAccount", "sessionToken", "channelName", "topicName", "localeTag", "emailAddress",
          "postalCode", "productSku", "orderRef", "messageBody", "subjectLine", "warehouseCode",
          "couponCode", "deviceName", "hostName"),
      JavaType.INT, List.of(
          "retryLimit", "pageSize", "pageIndex", "batchSize", "maxResults", "priorityLevel",
          "quantity", "slotCount", "threadCount", "shardIndex", "attemptCount", "rowLimit"),
      JavaType.LONG, List.of(
          "amountCents", "timeoutMillis", "createdAt", "expiresAt", "orderId", "accountId",
          "sequenceId", "offsetBytes", "balanceCents", "userId", "tenantId", "versionStamp"),
      JavaType.BOOLEAN, List.of(
          "dryRun", "notifyOwner", "includeArchived", "overwriteExisting", "strictMode", "verbose"),
      JavaType.DOUBLE, List.of(
          "taxRate", "discountRatio", "weightKg", "scoreThreshold", "loadFactor"),
      JavaType.STRING_LIST, List.of(
          "tagNames", "recipientEmails", "itemSkus", "fieldNames"));

  /** Words inside string literals. */
  static final List<String> LITERAL_WORDS = List.of(
      "amber", "birch", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
      "kestrel", "lagoon", "meadow", "nectar", "onyx", "prairie", "quartz", "raven", "sierra",
      "tundra");

  private Vocabulary() {}

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
