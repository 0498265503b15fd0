// The connection's own address, set on every request by the production server
// (server/runtime/http-server.ts) over anything a client sent. It is trusted only when that
// server runs (it sets SHOPFRONT_PEER_IP_HEADER=1 in its own environment before the app loads).
import "server-only";

export const PEER_IP_HEADER = "x-shopfront-peer-ip";
