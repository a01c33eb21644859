using System.Collections;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// Reads the Hashtable/ArrayList trees nanoFramework.Json produces into <see cref="Summary"/> texts;
    /// a value of a type the firmware could not use shows as its type name, so the summary differs.
    /// </summary>
    public static class NanoJsonTree
    {
        /// <summary>The string under <paramref name="key"/>, null when absent, the type name when not a string.</summary>
        /// <param name="table">The object.</param>
        /// <param name="key">The member name.</param>
        /// <returns>The text.</returns>
        public static string StringOf(Hashtable table, string key)
        {
            if (table == null || !table.Contains(key))
            {
                return null;
            }

            object value = table[key];
            return value == null ? null : (value is string ? (string)value : "<" + value.GetType().FullName + ">");
        }

        /// <summary>The summary of a slotsSubscriptionStatus object (v1 or v2 slots).</summary>
        /// <param name="status">Slot ID to status, as nanoFramework.Json gave it.</param>
        /// <returns>The summary.</returns>
        public static string Slots(Hashtable status)
        {
            if (status == null)
            {
                return "slots=" + Summary.Absent;
            }

            string[] slots = new string[status.Count];
            int i = 0;
            foreach (DictionaryEntry entry in status)
            {
                slots[i++] = Slot((string)entry.Key, entry.Value);
            }

            return Summary.Subscription(slots);
        }

        private static string Slot(string slotId, object value)
        {
            if (value is bool)
            {
                return Summary.Slot(slotId, (bool)value, string.Empty);
            }

            Hashtable v2 = value as Hashtable;
            if (v2 == null)
            {
                return slotId + ":<" + (value == null ? "null" : value.GetType().FullName) + ">";
            }

            object subscribed = v2["subscribed"];
            if (!(subscribed is bool))
            {
                return slotId + ":subscribed=<" + (subscribed == null ? "null" : subscribed.GetType().FullName) + ">";
            }

            return Summary.Slot(slotId, (bool)subscribed, Products(v2["productInfoList"]));
        }

        private static string Products(object list)
        {
            if (list == null)
            {
                return string.Empty;
            }

            IList items = list as IList;
            if (items == null)
            {
                return "<" + list.GetType().FullName + ">";
            }

            string result = string.Empty;
            for (int i = 0; i < items.Count; i++)
            {
                Hashtable product = items[i] as Hashtable;
                string text = product == null
                    ? "<" + (items[i] == null ? "null" : items[i].GetType().FullName) + ">"
                    : Summary.Product(StringOf(product, "asin"), Summary.Number(product["quantity"]), StringOf(product, "unit"));
                result += (i == 0 ? string.Empty : ",") + text;
            }

            return result;
        }
    }
}
