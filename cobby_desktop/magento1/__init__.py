"""Magento 1 / OpenMage adapter: cobby's JSON-RPC route, XML-RPC and SOAP v1."""

from cobby_desktop.magento1.check import check_m1
from cobby_desktop.magento1.faults import READ_ONLY_METHODS, M1Fault, M1TransportProblem
from cobby_desktop.magento1.jsonrpc import M1JsonRpc
from cobby_desktop.magento1.keys import (
    generate_key,
    is_weak_key,
    key_strength,
    validate_api_user,
    validate_m1_key,
)
from cobby_desktop.magento1.soap import M1Soap
from cobby_desktop.magento1.xmlrpc import M1XmlRpc

__all__ = [
    "READ_ONLY_METHODS",
    "M1Fault",
    "M1JsonRpc",
    "M1Soap",
    "M1TransportProblem",
    "M1XmlRpc",
    "check_m1",
    "generate_key",
    "is_weak_key",
    "key_strength",
    "validate_api_user",
    "validate_m1_key",
]
