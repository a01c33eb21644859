using DeviceFirmware.Benchmarks.JsonParsers.Dto;
using nanoFramework.Json;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// nanoFramework.Json as its documentation shows it: JsonConvert.DeserializeObject(body, typeof(Dto)) into
    /// a class per body whose properties carry the JSON names; nothing checked after it.
    /// </summary>
    public sealed class NanoJsonClassParser : IBodyParser
    {
        /// <inheritdoc />
        public string Name
        {
            get { return "nfjson-class"; }
        }

        /// <inheritdoc />
        public object Parse(BodyKind kind, string body)
        {
            switch (kind)
            {
                case BodyKind.LwaToken:
                    return JsonConvert.DeserializeObject(body, typeof(LwaTokenDto));
                case BodyKind.LwaError:
                    return JsonConvert.DeserializeObject(body, typeof(LwaErrorDto));
                case BodyKind.DrsReplenish:
                    return JsonConvert.DeserializeObject(body, typeof(DrsReplenishDto));
                case BodyKind.DrsSubscription:
                    return JsonConvert.DeserializeObject(body, typeof(DrsSubscriptionDto));
                default:
                    return JsonConvert.DeserializeObject(body, typeof(DrsMessageDto));
            }
        }

        /// <inheritdoc />
        public string Describe(BodyKind kind, object result)
        {
            switch (kind)
            {
                case BodyKind.LwaToken:
                    LwaTokenDto token = (LwaTokenDto)result;
                    return Summary.Token(token.access_token, token.refresh_token, token.token_type, Summary.Number(token.expires_in));
                case BodyKind.LwaError:
                    return Summary.LwaError(((LwaErrorDto)result).error);
                case BodyKind.DrsReplenish:
                    DrsReplenishDto replenish = (DrsReplenishDto)result;
                    return Summary.Replenish(replenish.detailCode, replenish.eventInstanceId);
                case BodyKind.DrsSubscription:
                    return NanoJsonTree.Slots(((DrsSubscriptionDto)result).slotsSubscriptionStatus);
                default:
                    return Summary.Message(((DrsMessageDto)result).message);
            }
        }
    }
}
