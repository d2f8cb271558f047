"""`POST /api/v1/tips/`: a partner sends a claim (with its key, `tips` scope); answered at once or queued."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions, serializers, status
from rest_framework.response import Response

from claims.actions.tips import MAX_TEXT, do_receive_tip
from claims.models import TipChannel
from claims.tips import answer
from factdb import policy
from factdb.accounts import system_actor
from factdb.api.auth import Partner
from factdb.api.viewsets import PartnerAPIView
from factdb.models import PartnerScope


class SendsTips(permissions.BasePermission):
    message = "This API key may not send tips (it lacks the tips scope)."

    def has_permission(self, request, view):
        return isinstance(request.user, Partner) and request.user.has_scope(PartnerScope.TIPS)


class TipSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=MAX_TEXT, help_text="The claim to check.")
    link = serializers.URLField(max_length=500, required=False, allow_blank=True, help_text="Where it was seen.")
    contact = serializers.CharField(max_length=200, required=False, allow_blank=True, help_text="For the desk only.")

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class TipsView(PartnerAPIView):
    """Send a tip: the published fact-check that matches it, at once, or `queued` for the desk."""

    replica_reads = False  # matching reads the claims themselves

    def get_permissions(self):
        return [SendsTips()]

    @extend_schema(
        operation_id="tips_create",
        request=TipSerializer,
        responses={201: OpenApiTypes.OBJECT},
        description="403 for a key without the tips scope. The answer: {answered: true, score, claim, fact_check} "
        "(the fact-check as partners read it) or {answered: false, queued: true}.",
    )
    def post(self, request):
        if not isinstance(request.data, dict):
            raise exceptions.ValidationError({"body": ["A JSON object: text, link, contact."]})
        serializer = TipSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            tip = do_receive_tip(
                data["text"],
                link=data.get("link", ""),
                contact=data.get("contact", ""),
                channel=TipChannel.API,
                partner_key=request.user.api_key,
                actor=system_actor(),
            )
        except policy.ActionError as error:
            raise exceptions.ValidationError({"text": [policy.message(error)]}) from None
        return Response(answer(tip), status=status.HTTP_201_CREATED)
