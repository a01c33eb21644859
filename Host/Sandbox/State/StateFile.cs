using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>
    /// The durable part of a <see cref="SandboxState"/> as a JSON file: registrations (slots, subscriptions,
    /// status counts), token families, refresh tokens and unexpired access tokens (by SHA-256 only: the file
    /// holds no usable token), orders with their events, and the sandbox clock's time when saved. Not kept:
    /// authorization codes (they live minutes), the request log, armed faults, the options.
    /// </summary>
    internal static class StateFile
    {
        /// <summary>The "format" member every state file carries.</summary>
        public const string Format = "devicefirmware-sandbox-state";

        /// <summary>The version this code writes and reads.</summary>
        public const int Version = 1;

        /// <summary>The JSON text of <paramref name="state"/>. Call under the state's gate.</summary>
        public static string Serialize(SandboxState state)
        {
            DateTimeOffset now = state.Now;
            var registrationIndex = new Dictionary<Registration, int>();
            var registrations = new JsonArray();
            foreach (Registration registration in state.AllRegistrations)
            {
                registrationIndex.Add(registration, registrations.Count);
                var slots = new JsonArray();
                foreach (SlotState slot in registration.Slots)
                {
                    slots.Add(new JsonObject
                    {
                        ["slotId"] = slot.SlotId,
                        ["subscribed"] = slot.Subscribed,
                        ["statusReports"] = slot.StatusReports,
                        ["lastStatus"] = StatusJson(slot.LastStatus),
                    });
                }

                registrations.Add(new JsonObject
                {
                    ["model"] = registration.Device.Model,
                    ["serial"] = registration.Device.Serial,
                    ["isTestDevice"] = registration.IsTestDevice,
                    ["userId"] = registration.UserId,
                    ["registeredAt"] = Time(registration.RegisteredAt),
                    ["active"] = registration.Active,
                    ["deviceStatusReports"] = registration.DeviceStatusReports,
                    ["mostRecentlyActiveDate"] = registration.MostRecentlyActiveDate.HasValue ? Time(registration.MostRecentlyActiveDate.Value) : null,
                    ["slots"] = slots,
                });
            }

            var families = new JsonArray();
            foreach (TokenFamily family in state.Families)
            {
                families.Add(new JsonObject
                {
                    ["id"] = family.Id,
                    ["clientId"] = family.ClientId,
                    ["registration"] = registrationIndex[family.Registration],
                    ["revoked"] = family.Revoked,
                });
            }

            var refreshTokens = new JsonArray();
            foreach (KeyValuePair<string, RefreshTokenRecord> token in state.RefreshTokensByKey)
            {
                refreshTokens.Add(new JsonObject { ["sha256"] = token.Key, ["family"] = token.Value.Family.Id, ["replaced"] = token.Value.Replaced });
            }

            var accessTokens = new JsonArray();
            foreach (KeyValuePair<string, AccessTokenRecord> token in state.AccessTokensByKey)
            {
                // An expired access token is refused whether it is known or not: leave it out.
                if (token.Value.ExpiresAt > now)
                {
                    accessTokens.Add(new JsonObject { ["sha256"] = token.Key, ["family"] = token.Value.Family.Id, ["expiresAt"] = Time(token.Value.ExpiresAt) });
                }
            }

            var inProgressEvents = new Dictionary<Order, JsonArray>();
            foreach (KeyValuePair<string, Order> entry in state.OrdersByEvent)
            {
                if (entry.Key != entry.Value.EventInstanceId)
                {
                    if (!inProgressEvents.TryGetValue(entry.Value, out JsonArray events))
                    {
                        events = new JsonArray();
                        inProgressEvents.Add(entry.Value, events);
                    }

                    events.Add(entry.Key);
                }
            }

            var orders = new JsonArray();
            foreach (Order order in state.AllOrders)
            {
                orders.Add(new JsonObject
                {
                    ["eventInstanceId"] = order.EventInstanceId,
                    ["registration"] = registrationIndex[order.Registration],
                    ["slotId"] = order.Slot.SlotId,
                    ["isTest"] = order.IsTest,
                    ["placedAt"] = Time(order.PlacedAt),
                    ["deliveredByControlAt"] = order.DeliveredByControlAt.HasValue ? Time(order.DeliveredByControlAt.Value) : null,
                    ["cancelledAt"] = order.CancelledAt.HasValue ? Time(order.CancelledAt.Value) : null,
                    ["inProgressEvents"] = inProgressEvents.TryGetValue(order, out JsonArray events) ? events : new JsonArray(),
                });
            }

            var subscribed = new JsonObject();
            foreach (KeyValuePair<string, bool> slot in state.SubscribedAtRegistration)
            {
                subscribed[slot.Key] = slot.Value;
            }

            var root = new JsonObject
            {
                ["format"] = Format,
                ["version"] = Version,
                ["savedAt"] = Time(now),
                ["tokens"] = "kept as base64 SHA-256 of the token text only",
                ["subscribedAtRegistration"] = subscribed,
                ["registrations"] = registrations,
                ["families"] = families,
                ["refreshTokens"] = refreshTokens,
                ["accessTokens"] = accessTokens,
                ["orders"] = orders,
            };
            return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        /// <summary>Writes <paramref name="json"/> to <paramref name="path"/> through a temporary file renamed over it, so a crash leaves the old file or the new one.</summary>
        public static void Write(string path, string json)
        {
            string temporary = path + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
        }

        /// <summary>
        /// Fills the fresh <paramref name="state"/> from <paramref name="path"/>. Throws <see cref="InvalidDataException"/>
        /// naming the file and the problem when it is not a valid state file for these settings.
        /// </summary>
        public static void Load(SandboxState state, string path)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Invalid(path, "cannot be read (" + e.Message + ")");
            }

            JsonObject root;
            try
            {
                root = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                throw Invalid(path, "is not JSON");
            }

            if (root == null || Text(root, "format", path) != Format)
            {
                throw Invalid(path, "is not a sandbox state file (\"format\" must be \"" + Format + "\")");
            }

            int version = Int(root, "version", path);
            if (version != Version)
            {
                throw Invalid(path, "has version " + version + "; this sandbox reads version " + Version);
            }

            try
            {
                Restore(state, root, path);
            }
            catch (Exception e) when (e is InvalidOperationException || e is FormatException || e is ArgumentException || e is KeyNotFoundException)
            {
                throw Invalid(path, "is inconsistent (" + e.Message + ")");
            }
        }

        private static void Restore(SandboxState state, JsonObject root, string path)
        {
            foreach (KeyValuePair<string, JsonNode> slot in Object(root, "subscribedAtRegistration", path))
            {
                if (!state.SubscribedAtRegistration.ContainsKey(slot.Key))
                {
                    throw Invalid(path, "names slot " + slot.Key + ", which SandboxOptions.Slots does not configure");
                }

                bool subscribed = slot.Value is JsonValue value && value.TryGetValue(out bool flag) ? flag : throw Invalid(path, "has a subscription of " + slot.Key + " that is not true or false");
                state.RestoreSubscribedAtRegistration(slot.Key, subscribed);
            }

            var registrations = new List<Registration>();
            foreach (JsonObject saved in Objects(root, "registrations", path))
            {
                var device = new DeviceIdentity(Text(saved, "model", path), Text(saved, "serial", path), Bool(saved, "isTestDevice", path));
                var registration = new Registration(device, Text(saved, "userId", path), Date(saved, "registeredAt", path), state.Settings.Slots)
                {
                    Active = Bool(saved, "active", path),
                    DeviceStatusReports = Int(saved, "deviceStatusReports", path),
                    MostRecentlyActiveDate = OptionalDate(saved, "mostRecentlyActiveDate", path),
                };
                foreach (JsonObject savedSlot in Objects(saved, "slots", path))
                {
                    SlotState slot = Slot(registration, Text(savedSlot, "slotId", path), path);
                    slot.Subscribed = Bool(savedSlot, "subscribed", path);
                    slot.StatusReports = Int(savedSlot, "statusReports", path);
                    slot.LastStatus = savedSlot["lastStatus"] is JsonObject status ? Status(status, path) : null;
                }

                state.RestoreRegistration(registration);
                registrations.Add(registration);
            }

            var families = new List<TokenFamily>();
            foreach (JsonObject saved in Objects(root, "families", path))
            {
                TokenFamily family = state.RestoreFamily(Text(saved, "clientId", path), registrations[Int(saved, "registration", path)], Bool(saved, "revoked", path));
                if (family.Id != Int(saved, "id", path))
                {
                    throw Invalid(path, "has token family ids out of order");
                }

                families.Add(family);
            }

            foreach (JsonObject saved in Objects(root, "refreshTokens", path))
            {
                state.RestoreRefreshToken(Text(saved, "sha256", path), new RefreshTokenRecord(Family(families, saved, path)) { Replaced = Bool(saved, "replaced", path) });
            }

            foreach (JsonObject saved in Objects(root, "accessTokens", path))
            {
                state.RestoreAccessToken(Text(saved, "sha256", path), new AccessTokenRecord(Family(families, saved, path), Date(saved, "expiresAt", path)));
            }

            foreach (JsonObject saved in Objects(root, "orders", path))
            {
                Registration registration = registrations[Int(saved, "registration", path)];
                var order = new Order(Text(saved, "eventInstanceId", path), registration, Slot(registration, Text(saved, "slotId", path), path), Bool(saved, "isTest", path), Date(saved, "placedAt", path))
                {
                    DeliveredByControlAt = OptionalDate(saved, "deliveredByControlAt", path),
                    CancelledAt = OptionalDate(saved, "cancelledAt", path),
                };
                state.RestoreOrder(order);
                foreach (JsonNode eventId in Array(saved, "inProgressEvents", path))
                {
                    string id = eventId is JsonValue value && value.TryGetValue(out string text) ? text : throw Invalid(path, "has an in-progress event that is not a string");
                    state.RestoreInProgressEvent(id, order);
                }
            }
        }

        private static JsonObject StatusJson(SandboxSlotStatus status)
        {
            if (status == null)
            {
                return null;
            }

            return new JsonObject
            {
                ["expectedReplenishmentDate"] = Time(status.ExpectedReplenishmentDate),
                ["remainingQuantityInUnit"] = status.RemainingQuantityInUnit,
                ["originalQuantityInUnit"] = status.OriginalQuantityInUnit,
                ["totalQuantityOnHand"] = status.TotalQuantityOnHand,
                ["lastUseDate"] = Time(status.LastUseDate),
                ["receivedAt"] = Time(status.ReceivedAt),
            };
        }

        private static SandboxSlotStatus Status(JsonObject saved, string path)
        {
            return new SandboxSlotStatus(
                Date(saved, "expectedReplenishmentDate", path),
                Number(saved, "remainingQuantityInUnit", path),
                Number(saved, "originalQuantityInUnit", path),
                Number(saved, "totalQuantityOnHand", path),
                Date(saved, "lastUseDate", path),
                Date(saved, "receivedAt", path));
        }

        private static SlotState Slot(Registration registration, string slotId, string path)
        {
            return registration.FindSlot(slotId) ?? throw Invalid(path, "names slot " + slotId + ", which SandboxOptions.Slots does not configure");
        }

        private static TokenFamily Family(List<TokenFamily> families, JsonObject saved, string path)
        {
            int id = Int(saved, "family", path);
            return id >= 1 && id <= families.Count ? families[id - 1] : throw Invalid(path, "names token family " + id + ", which it does not hold");
        }

        private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

        private static JsonNode Member(JsonObject node, string name, string path)
        {
            return node[name] ?? throw Invalid(path, "lacks \"" + name + "\"");
        }

        private static string Text(JsonObject node, string name, string path) => Value<string>(node, name, path, "a string");

        private static bool Bool(JsonObject node, string name, string path) => Value<bool>(node, name, path, "true or false");

        private static int Int(JsonObject node, string name, string path) => Value<int>(node, name, path, "a whole number");

        private static double Number(JsonObject node, string name, string path) => Value<double>(node, name, path, "a number");

        private static DateTimeOffset Date(JsonObject node, string name, string path)
        {
            string text = Text(node, name, path);
            return DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset time)
                ? time
                : throw Invalid(path, "has \"" + name + "\" that is not a round-trip (O) time");
        }

        private static DateTimeOffset? OptionalDate(JsonObject node, string name, string path) => node[name] == null ? null : Date(node, name, path);

        private static T Value<T>(JsonObject node, string name, string path, string what)
        {
            return Member(node, name, path) is JsonValue value && value.TryGetValue(out T result) ? result : throw Invalid(path, "has \"" + name + "\" that is not " + what);
        }

        private static JsonObject Object(JsonObject node, string name, string path)
        {
            return Member(node, name, path) as JsonObject ?? throw Invalid(path, "has \"" + name + "\" that is not an object");
        }

        private static JsonArray Array(JsonObject node, string name, string path)
        {
            return Member(node, name, path) as JsonArray ?? throw Invalid(path, "has \"" + name + "\" that is not an array");
        }

        private static IEnumerable<JsonObject> Objects(JsonObject node, string name, string path)
        {
            foreach (JsonNode item in Array(node, name, path))
            {
                yield return item as JsonObject ?? throw Invalid(path, "has an item of \"" + name + "\" that is not an object");
            }
        }

        private static InvalidDataException Invalid(string path, string problem)
        {
            return new InvalidDataException("sandbox state file " + path + " " + problem + "; delete it to start the sandbox fresh");
        }
    }
}
