using System.Collections;
using nanoFramework.Json;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// nanoFramework.Json without classes: JsonConvert.DeserializeObject(body, typeof(Hashtable)), the
    /// generic tree (member name to string, number, bool, null, Hashtable or ArrayList); values read as they come.
    /// </summary>
    public sealed class NanoJsonHashtableParser : IBodyParser
    {
        /// <inheritdoc />
        public string Name
        {
            get { return "nfjson-hashtable"; }
        }

        /// <inheritdoc />
        public object Parse(BodyKind kind, string body)
        {
            return JsonConvert.DeserializeObject(body, typeof(Hashtable));
        }

        /// <inheritdoc />
        public string Describe(BodyKind kind, object result)
        {
            Hashtable root = (Hashtable)result;
            switch (kind)
            {
                case BodyKind.LwaToken:
                    return Summary.Token(NanoJsonTree.StringOf(root, "access_token"), NanoJsonTree.StringOf(root, "refresh_token"),
                        NanoJsonTree.StringOf(root, "token_type"), Summary.Number(root["expires_in"]));
                case BodyKind.LwaError:
                    return Summary.LwaError(NanoJsonTree.StringOf(root, "error"));
                case BodyKind.DrsReplenish:
                    return Summary.Replenish(NanoJsonTree.StringOf(root, "detailCode"), NanoJsonTree.StringOf(root, "eventInstanceId"));
                case BodyKind.DrsSubscription:
                    object status = root["slotsSubscriptionStatus"];
                    return status == null || status is Hashtable
                        ? NanoJsonTree.Slots((Hashtable)status)
                        : "slots=<" + status.GetType().FullName + ">";
                default:
                    return Summary.Message(NanoJsonTree.StringOf(root, "message"));
            }
        }
    }
}
